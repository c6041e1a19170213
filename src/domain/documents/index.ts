// Documents made from the board's records: minutes, the action log, the SoC meeting pack and the
// evidence pack. Pure: what goes in, who may see it; the writers in src/features/exports make the files.
export * from './model';
export * from './board';
export * from './minutes';
export * from './actionLog';
export * from './packParts';
export * from './packRecords';
export * from './socPack';
export * from './evidencePack';
