// The impact brief (ringkasan dampak): the printed document and the body the quarterly report attaches.
export { ImpactBriefDocument, type ImpactBriefDocumentProps } from './ImpactBriefDocument';
export { ImpactBriefBody } from './ImpactBriefBody';
