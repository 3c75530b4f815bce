package org.citegraph.spark;

import org.apache.spark.sql.SparkSession;

/** The small local session the Spark tests share within one test class: two cores, few shuffle partitions. */
final class SparkTestSession {
  private SparkTestSession() {}

  /** A fresh local[2] session (call {@link SparkSession#stop()} after the class). */
  static SparkSession start() {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("citegraph-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    return spark;
  }
}
