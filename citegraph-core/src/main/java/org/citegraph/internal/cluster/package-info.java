/** Community detection behind a small interface; not exported. */
package org.citegraph.internal.cluster;
