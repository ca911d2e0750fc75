package org.eqms.confluence.macro;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;

import java.util.Objects;

/** Confluence macro showing the number, revision, state and effective date of a controlled document; thin: the work is {@link DocumentStatusMacroCore}'s. */
public class DocumentStatusMacro extends PageMacro {

    public DocumentStatusMacro(DocumentStatusMacroCore core, MacroHost host) {
        super(core(core), host);
    }

    /** The constructor Confluence's plugin system injects (Spring Scanner); the core is built at first use. */
    @javax.inject.Inject
    public DocumentStatusMacro(UiServices ui, @ComponentImport UserManager users) {
        super(() -> new DocumentStatusMacroCore(Objects.requireNonNull(ui, "ui").macros())::render, new ConfluenceMacroHost(users));
    }

    private static java.util.function.Supplier<Core> core(DocumentStatusMacroCore core) {
        Objects.requireNonNull(core, "core");
        return () -> core::render;
    }
}
