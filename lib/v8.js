// The `v8` module. rode's engine is QuickJS-ng, so engine-specific calls answer with
// the closest figures the engine has (heap sizes from process.memoryUsage()).

const { validateString } = require('internal/validators');

function getHeapStatistics() {
  const m = process.memoryUsage();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: Math.max(0, 4 * 1024 * 1024 * 1024 - m.heapUsed),
    used_heap_size: m.heapUsed,
    heap_size_limit: 4 * 1024 * 1024 * 1024,
    malloced_memory: m.external,
    peak_malloced_memory: m.external,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external,
  };
}

module.exports = {
  cachedDataVersionTag: () => 0,
  getHeapStatistics,
  getHeapSpaceStatistics: () => [],
  getHeapCodeStatistics: () => ({
    code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  }),
  getHeapSnapshot() { throw require('internal/not_implemented').notImplemented('v8.getHeapSnapshot()'); },
  writeHeapSnapshot() { throw require('internal/not_implemented').notImplemented('v8.writeHeapSnapshot()'); },
  setFlagsFromString(flags) { validateString(flags, 'flags'); },
  setHeapSnapshotNearHeapLimit() {},
  isStringOneByteRepresentation(s) {
    validateString(s, 'content');
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
    return true;
  },
  serialize(value) { return require('buffer').Buffer.from(JSON.stringify(value)); },
  deserialize(buf) { return JSON.parse(require('buffer').Buffer.from(buf).toString()); },
  queryObjects() { return 0; },
  startupSnapshot: {
    isBuildingSnapshot: () => false,
    addSerializeCallback() {},
    addDeserializeCallback() {},
    setDeserializeMainFunction() {},
  },
};
