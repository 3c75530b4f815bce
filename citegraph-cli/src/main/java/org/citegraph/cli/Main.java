package org.citegraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.citegraph.io.MalformedRecordException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code java -jar citegraph-cli.jar COMMAND [OPTIONS] [FILE...]}, built on picocli. One class per
 * subcommand with only its own options; {@code --help}/{@code -h} and {@code --version} everywhere, {@code help
 * COMMAND}, did-you-mean for commands and options, {@code --option=value}. Exit codes: {@link ExitCode}. Errors go to
 * standard error as {@code citegraph: ...}.
 */
@Command(name = "citegraph", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class, synopsisSubcommandLabel = "COMMAND", usageHelpWidth = 110,
    description = "Turns scholarly paper records into co-authorship, topic and citation graphs. With no FILE, "
        + "commands use the bundled sample corpus.",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {"Run 'citegraph help COMMAND' or 'citegraph COMMAND --help' for a command's options.",
        "Exit codes: 0 ok, 1 input problem, 2 usage problem, 3 out of memory."},
    subcommands = {ReportCommand.class, StatsCommand.class, AuthorsCommand.class, CollaboratorsCommand.class,
        SuggestCommand.class, CentralCommand.class, ClustersCommand.class, TimelineCommand.class,
        CitationsCommand.class, ResolutionCommand.class, EvaluateResolutionCommand.class, ExportCommand.class,
        SnapshotCommand.class, CompletionCommand.class, HelpCommand.class})
public final class Main implements Runnable {
  @Spec
  CommandSpec spec;

  private final Context ctx;

  /**
   * A command line writing to these streams, reading {@code -} from standard input.
   *
   * @param out results
   * @param err messages and progress
   */
  Main(PrintStream out, PrintStream err) {
    this(new Context(out, err, System.in, false));
  }

  Main(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Runs the command line and exits with its exit code ({@link ExitCode}).
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    Main main = new Main(new Context(out, System.err, System.in, System.console() != null));
    // Out of memory on a worker thread (parallel parsing, building) ends the run the same way: message, exit 3.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (e instanceof OutOfMemoryError) {
        Runtime.getRuntime().halt(main.outOfMemory());
      }
      System.err.println("citegraph: internal error in " + thread.getName() + ": " + e);
      e.printStackTrace();
    });
    System.exit(main.run(args));
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed");
  }

  /**
   * Runs one command.
   *
   * @param args the command and its options
   * @return the exit code: 0 ok, 1 input problem, 2 usage problem, 3 out of memory
   */
  public int run(String... args) {
    CommandLine cl = commandLine();
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      return outOfMemory();
    } finally {
      ctx.out().flush();
      ctx.err().flush();
    }
  }

  /** The picocli command tree, with this run's streams, handlers and options. */
  CommandLine commandLine() {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine cl = new CommandLine(this, new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        K made = defaults.create(cls);
        if (made instanceof CliCommand c) {
          c.ctx = ctx;
        }
        return made;
      }
    });
    cl.setOut(new PrintWriter(ctx.out(), true));
    cl.setErr(new PrintWriter(ctx.err(), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(this::usageProblem);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
    return cl;
  }

  /** A problem found while parsing: the message, suggestions, and where to read more. */
  private int usageProblem(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    PrintStream err = ctx.err();
    if (!(e instanceof UnmatchedArgumentException) && !cmd.getUnmatchedArguments().isEmpty()) {
      // An unknown option explains a missing one ("--autor" for "--author"): report it first.
      e = new UnmatchedArgumentException(cmd, cmd.getUnmatchedArguments());
    }
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      boolean command = cmd.getCommandSpec().subcommands().size() > 0 && !arg.startsWith("-");
      err.println("citegraph: " + (command ? "unknown command '" + arg + "'"
          : u.isUnknownOption() ? "unknown option '" + arg + "' for " + name
          : "unexpected argument '" + arg + "' for " + name));
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        // picocli orders suggestions by similarity; the first is the one a person meant.
        err.println("Did you mean '" + suggestions.get(0) + "'?");
      }
    } else {
      err.println("citegraph: " + words(e.getMessage()));
    }
    if (cmd.getCommandSpec().subcommands().size() > 0 && cmd == cmd.getCommandSpec().root().commandLine()
        && args.length == 0) {
      cmd.usage(err);
    } else {
      err.println("Run '" + name + " --help' for its options.");
    }
    return ExitCode.USAGE;
  }

  /** picocli's wording turned into the command line's. */
  static String words(String message) {
    String m = message.replace("is not an int", "is not a whole number").replace("is not a long",
        "is not a whole number").replace("is not a double", "is not a number");
    m = m.replaceFirst("^Missing required options? ", "missing ").replaceFirst("^Invalid value for option ",
        "bad value for ").replaceFirst("^Expected parameter for option ", "a value is needed for ");
    m = m.replaceAll("'(--[a-z-]+)=([A-Z0-9|]+)'", "'$1 $2'");
    java.util.regex.Matcher choice = java.util.regex.Pattern.compile(
        "'(--[a-z-]+)': expected one of \\[(.*)] \\(case-insensitive\\) but was '(.*)'").matcher(m);
    if (choice.find()) {
      m = choice.group(1) + " expects one of " + choice.group(2).toLowerCase(Locale.ROOT) + ", got '"
          + choice.group(3) + "'";
    }
    return m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1);
  }

  /** A failure while running: the message and the exit code of its kind. */
  private int failure(Exception e, CommandLine cmd) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return outOfMemory();
      }
    }
    PrintStream err = ctx.err();
    if (e instanceof UsageException || e instanceof IllegalArgumentException) {
      err.println("citegraph: " + e.getMessage());
      err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for its options.");
      return ExitCode.USAGE;
    }
    if (e instanceof MalformedRecordException) {
      err.println("citegraph: malformed input: " + e.getMessage());
      return ExitCode.INPUT;
    }
    if (e instanceof InputException || e instanceof UncheckedIOException || e instanceof IOException) {
      err.println("citegraph: " + e.getMessage());
      return ExitCode.INPUT;
    }
    err.println("citegraph: internal error: " + e);
    e.printStackTrace(err);
    return ExitCode.INPUT;
  }

  /** Out of memory: name the heap and how to give Java more, without a stack trace. */
  private int outOfMemory() {
    long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    long suggested = Math.max(2, (long) Math.ceil(2.0 * max / 1024));
    ctx.err().println(String.format(Locale.ROOT, "citegraph: out of memory: the Java heap (at most %,d MiB) is too "
        + "small for this input.%nRun Java with a larger heap, e.g. java -Xmx%dg -jar citegraph-cli.jar ..., or "
        + "read fewer files at once.", max, suggested));
    return ExitCode.OUT_OF_MEMORY;
  }

  /** The version from the jar manifest (Implementation-Version), else from the build's resource. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"citegraph " + version(), "Java " + Runtime.version() + " (" + System.getProperty(
          "java.vendor", "unknown vendor") + ")"};
    }

    static String version() {
      String v = Main.class.getPackage().getImplementationVersion();
      if (v != null) {
        return v;
      }
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        Properties p = new Properties();
        if (in != null) {
          p.load(in);
        }
        return p.getProperty("version", "unknown");
      } catch (IOException e) {
        return "unknown";
      }
    }
  }
}
