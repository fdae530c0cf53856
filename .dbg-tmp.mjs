import ExcelJS from 'exceljs';
const file = process.argv[2];
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'emit' });
reader.on('entry', (e) => console.log('entry', JSON.stringify(e)));
let rows = 0;
const t = performance.now();
const keep = setInterval(() => console.log('tick', rows, Math.round(performance.now() - t)), 2000);
for await (const ws of reader) { console.log('sheet', ws.name); for await (const row of ws) { rows++; } }
clearInterval(keep);
console.log('done', rows, Math.round(performance.now() - t));
