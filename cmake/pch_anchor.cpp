// The one source of the precompiled-header targets (cmake/precompiled.cmake): CMake compiles a
// precompiled header only for a target that has a source.
