package org.eqms.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import java.util.Map;
import java.util.Objects;

/** Confluence macro showing the signature manifestations of a revision; thin: the work is {@link SignaturesMacroCore}'s. */
public class SignaturesMacro implements Macro {
    private final SignaturesMacroCore core;
    private final MacroHost host;

    public SignaturesMacro(SignaturesMacroCore core, MacroHost host) {
        this.core = Objects.requireNonNull(core, "core");
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            return core.render(parameters, host.currentPageId(context), host.viewerKey());
        } catch (MacroRefusal refusal) {
            throw new MacroExecutionException(refusal.getMessage(), refusal);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
