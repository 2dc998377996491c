# Precompiled headers for the Qt-free targets, to keep CI under its time limit: nlohmann/json takes
# ~3 s to parse in each source that includes it, Catch2 ~2 s in each test source (measured with
# g++ -O2 on this machine). One header is compiled per build and reused by every target (REUSE_FROM
# needs the same compile flags: the Qt targets add -fPIC, so they keep compiling headers
# themselves). -Winvalid-pch turns a silently ignored header into a build error.

add_library(veldwerk_pch_lib OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch_anchor.cpp)
target_link_libraries(veldwerk_pch_lib PRIVATE nlohmann_json::nlohmann_json veldwerk_warnings)
target_precompile_headers(veldwerk_pch_lib PRIVATE <nlohmann/json.hpp> <string> <vector> <map>
                          <optional> <memory> <functional> <stdexcept> <cstdint>)

# veldwerk_use_precompiled_headers(TARGET [TEST]): TEST adds Catch2 to the header.
function(veldwerk_use_precompiled_headers target)
  if(ARGN STREQUAL "TEST")
    target_precompile_headers(${target} REUSE_FROM veldwerk_pch_test)
  else()
    target_precompile_headers(${target} REUSE_FROM veldwerk_pch_lib)
  endif()
  # With the standard headers precompiled, GCC 12 at -O2 no longer treats std::string's inlined
  # memcpy as system-header code and reports its known middle-end false positives
  # (-Warray-bounds, -Wstringop-overflow, -Wstringop-overread, -Wrestrict) in every `std::string(...) + ...`.
  # Out-of-bounds accesses are what the ASan+UBSan run of the same code catches at run time.
  target_compile_options(${target} PRIVATE -Winvalid-pch
                         $<$<CXX_COMPILER_ID:GNU>:-Wno-array-bounds -Wno-stringop-overflow
                         -Wno-stringop-overread -Wno-restrict>)
endfunction()

function(veldwerk_add_test_precompiled_header)
  add_library(veldwerk_pch_test OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch_anchor.cpp)
  target_link_libraries(veldwerk_pch_test PRIVATE Catch2::Catch2 nlohmann_json::nlohmann_json
                                                  veldwerk_warnings)
  target_precompile_headers(veldwerk_pch_test PRIVATE <catch2/catch.hpp> <nlohmann/json.hpp>
                            <string> <vector> <map> <optional> <memory> <functional> <stdexcept>
                            <cstdint>)
endfunction()
