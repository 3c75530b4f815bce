/** Implementation details; not exported, subject to change without notice. */
package org.citegraph.internal;
