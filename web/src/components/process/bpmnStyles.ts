// bpmn-js styles, imported only by the lazily loaded editor and viewer chunks. The font CSS is the
// one referencing font files (fetched once, cached), not the 4× larger embedded-font variant.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import './processMarkers.css';
