/** A named module using citegraph beside fastutil (the split-package check of .ci/run). */
module example.app {
  requires org.citegraph;
  requires it.unimi.dsi.fastutil.core;
}
