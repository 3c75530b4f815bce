/**
 * Titled, aligned plain-text tables: how every result prints in a terminal, in JShell and in the command line's
 * reports. Depends on nothing else in citegraph.
 */
package org.citegraph.table;
