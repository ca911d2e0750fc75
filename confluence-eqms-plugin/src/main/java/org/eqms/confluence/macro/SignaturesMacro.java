package org.eqms.confluence.macro;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;

import java.util.Objects;

/** Confluence macro showing the signature manifestations of a revision; thin: the work is {@link SignaturesMacroCore}'s. */
public class SignaturesMacro extends PageMacro {

    public SignaturesMacro(SignaturesMacroCore core, MacroHost host) {
        super(core(core), host);
    }

    /** The constructor Confluence's plugin system injects (Spring Scanner); the core is built at first use. */
    @javax.inject.Inject
    public SignaturesMacro(UiServices ui, @ComponentImport UserManager users) {
        super(() -> new SignaturesMacroCore(Objects.requireNonNull(ui, "ui").macros())::render, new ConfluenceMacroHost(users));
    }

    private static java.util.function.Supplier<Core> core(SignaturesMacroCore core) {
        Objects.requireNonNull(core, "core");
        return () -> core::render;
    }
}
