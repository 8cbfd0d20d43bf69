// Compiled by tests/CMakeLists.txt (layering:*) against one module's target only. PROBE_HEADER is
// a header of that module or of one below it (must compile), or of a module above it or the
// store's SQLite internals (must fail: the module's target does not expose it).
#include PROBE_HEADER

int layering_probe() { return 0; }
