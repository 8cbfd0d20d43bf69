# fundledger_module_headers(TARGET PREFIX DIR): the module's own headers (the *.hpp directly in
# DIR) become includable as "PREFIX/x.hpp" by TARGET and by whatever links it, and nothing else of
# the source tree does: an include of a module that TARGET does not link fails to build (the
# module order in the top CMakeLists.txt is enforced, not a convention). Each module gets its own
# include root under the build tree, holding symbolic links to its headers.
function(fundledger_module_headers target prefix dir)
  set(root ${CMAKE_BINARY_DIR}/module_headers/${prefix})
  file(REMOVE_RECURSE ${root})
  file(MAKE_DIRECTORY ${root}/${prefix})
  file(GLOB headers CONFIGURE_DEPENDS ${dir}/*.hpp)
  foreach(h ${headers})
    get_filename_component(f ${h} NAME)
    file(CREATE_LINK ${h} ${root}/${prefix}/${f} SYMBOLIC)
  endforeach()
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    target_include_directories(${target} INTERFACE ${root})
  else()
    target_include_directories(${target} PUBLIC ${root})
  endif()
endfunction()
