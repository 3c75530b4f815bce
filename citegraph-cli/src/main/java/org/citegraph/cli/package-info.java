/** The command-line interface ({@code java -jar citegraph-cli.jar}). */
package org.citegraph.cli;
