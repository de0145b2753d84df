import { ref } from 'vue';
import { downloadBpmnXml } from '../components/process/diagramExport.ts';
import { ProcessPageVersionXmlDocument } from '../graphql/generated/graphql.ts';
import { GraphqlRequestError, requestGraphql } from './useGraphql.ts';

/** The BPMN 2.0 XML of one version; the version list leaves it out to stay small. */
export async function fetchVersionXml(versionId: string): Promise<string> {
  const { node } = await requestGraphql(ProcessPageVersionXmlDocument, { id: versionId });
  if (node?.__typename !== 'ProcessVersion') {
    throw new GraphqlRequestError('Process version not found', 'NOT_FOUND');
  }
  return node.xml;
}

/** Downloads of single versions as BPMN files, e.g. "gewerbeanmeldung-version-2.bpmn". */
export function useProcessVersionsDownload() {
  /** Id of the version whose file is being fetched. */
  const downloading = ref<string | null>(null);

  async function download(
    version: { id: string; number: number },
    fileTitle: string,
  ): Promise<void> {
    downloading.value = version.id;
    try {
      downloadBpmnXml(await fetchVersionXml(version.id), fileTitle);
    } finally {
      downloading.value = null;
    }
  }

  return { downloading, download };
}
