// pdfmake's standard-font containers (the PDF's built-in Helvetica: no font file to embed).
declare module 'pdfmake/build/standard-fonts/Helvetica' {
  const container: { vfs: Record<string, { data: string; encoding?: string }>; fonts: Record<string, Record<string, string>> };
  export default container;
}
