// The parts of pdfmake 0.3.11 (pinned) that printer.ts drives directly, so a PDF is made
// synchronously (the public createPdf() is async only to fetch URLs, which we never use).
declare module 'pdfmake/js/PDFDocument' {
  const PDFDocument: unknown;
  export default PDFDocument;
}
declare module 'pdfmake/js/LayoutBuilder' {
  const LayoutBuilder: unknown;
  export default LayoutBuilder;
}
declare module 'pdfmake/js/SVGMeasure' {
  const SVGMeasure: unknown;
  export default SVGMeasure;
}
declare module 'pdfmake/js/Renderer' {
  const Renderer: unknown;
  export default Renderer;
}
declare module 'pdfmake/js/PageSize' {
  export const normalizePageSize: unknown;
  export const normalizePageMargin: unknown;
}
declare module 'pdfmake/js/tableLayouts' {
  export const tableLayouts: unknown;
}
