/** Questions asked of a corpus: collaborator rankings and the papers behind them, research threads over time. */
package org.citegraph.query;
