/// <reference path="../bpmnModdle.d.ts" />
// snowball-stemmers ships no type declarations; the files importing it narrow what they use
// through their own small interfaces. bpmn-moddle's declarations are in ../bpmnModdle.d.ts.
declare module 'snowball-stemmers';
