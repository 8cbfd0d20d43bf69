# fundledger_add_tests(NAME SOURCES... LIBS ...): one Catch2 executable, its cases registered with CTest.
if(FUNDLEDGER_TESTS)
  enable_testing()
  find_package(Catch2 2 REQUIRED)
  include(Catch)
  add_library(fundledger_catch_main OBJECT ${PROJECT_SOURCE_DIR}/tests/catch_main.cpp)
  target_link_libraries(fundledger_catch_main PUBLIC Catch2::Catch2 fundledger::text)
endif()

function(fundledger_add_tests name)
  if(NOT FUNDLEDGER_TESTS)
    return()
  endif()
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES} $<TARGET_OBJECTS:fundledger_catch_main>)
  target_link_libraries(${name} PRIVATE Catch2::Catch2 fundledger_warnings ${T_LIBS})
  # Tests may reach below the interfaces (a fixture opening the file as the sqlite3 shell would).
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/engine ${PROJECT_SOURCE_DIR})
  target_compile_definitions(${name} PRIVATE
    FUNDLEDGER_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    FUNDLEDGER_BINARY_DIR="${PROJECT_BINARY_DIR}")
  # -w NoTests: a CTest entry whose name matches no Catch2 case fails instead of passing with
  # "No tests ran" (a ';' in a case name used to split it into two such entries).
  catch_discover_tests(${name} TEST_PREFIX "${name}:" EXTRA_ARGS -w NoTests PROPERTIES TIMEOUT 600)
endfunction()
