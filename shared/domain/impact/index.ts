// The statistical core of the impact area: pure functions, no I/O. Services load the data and
// pass plain arrays in; the UI shows the results with their warnings and labels.
export * from './estimate';
export * from './student-t';
export * from './paired';
export * from './before-after';
export * from './did';
export * from './did-summary';
export * from './did-stratified';
export * from './direction';
export * from './desil-transition';
export * from './poverty-change';
