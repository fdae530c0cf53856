import ExcelJS from 'exceljs';
const file = process.argv[2];
const t = performance.now();
let rows = 0;
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
for await (const ws of reader) { console.log('sheet', ws.name); for await (const row of ws) { rows++; if (rows % 50000 === 0) console.log(rows); } }
console.log('bare', Math.round(performance.now() - t), rows);
