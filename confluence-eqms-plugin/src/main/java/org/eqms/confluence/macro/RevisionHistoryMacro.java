package org.eqms.confluence.macro;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;

import java.util.Objects;

/** Confluence macro showing the revision history of a controlled document with its approvals; thin: the work is {@link RevisionHistoryMacroCore}'s. */
public class RevisionHistoryMacro extends PageMacro {

    public RevisionHistoryMacro(RevisionHistoryMacroCore core, MacroHost host) {
        super(core(core), host);
    }

    /** The constructor Confluence's plugin system injects (Spring Scanner); the core is built at first use. */
    @javax.inject.Inject
    public RevisionHistoryMacro(UiServices ui, @ComponentImport UserManager users) {
        super(() -> new RevisionHistoryMacroCore(Objects.requireNonNull(ui, "ui").macros())::render, new ConfluenceMacroHost(users));
    }

    private static java.util.function.Supplier<Core> core(RevisionHistoryMacroCore core) {
        Objects.requireNonNull(core, "core");
        return () -> core::render;
    }
}
