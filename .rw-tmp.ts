import { writeLargeList } from './test/fixtures/workbooks';
const r = await writeLargeList('/tmp/pbench/big2.xlsx', 200000, { seed: 1 });
console.log(r);
