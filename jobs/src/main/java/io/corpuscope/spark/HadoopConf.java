package io.corpuscope.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration in a form that ships to executors, so that files on
 * s3a/abfss/gs are opened there with the same credentials and settings as on the driver.
 */
public final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> entries;
  private transient Configuration conf;

  public HadoopConf(Configuration driver) {
    Map<String, String> m = new HashMap<>();
    driver.forEach(e -> m.put(e.getKey(), e.getValue()));
    this.entries = m;
  }

  public Configuration get() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      entries.forEach(c::set);
      conf = c;
    }
    return conf;
  }
}
