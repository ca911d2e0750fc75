package org.eqms.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.xhtml.api.XhtmlContent;

import java.util.Map;
import java.util.Objects;

/**
 * Confluence macro including the effective revision of another controlled document; thin: the work is
 * {@link EffectiveIncludeMacroCore}'s, the snapshot is rendered by Confluence's own {@link XhtmlContent}.
 */
public class EffectiveIncludeMacro implements Macro {
    private final EffectiveIncludeMacroCore core;
    private final MacroHost host;
    private final XhtmlContent xhtml;
    private final MacroServices services;

    public EffectiveIncludeMacro(EffectiveIncludeMacroCore core, MacroHost host, XhtmlContent xhtml,
                                 MacroServices services) {
        this.core = Objects.requireNonNull(core, "core");
        this.host = Objects.requireNonNull(host, "host");
        this.xhtml = Objects.requireNonNull(xhtml, "xhtml");
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            return core.render(parameters, host.currentPageId(context), context == null ? null : context.getSpaceKey(),
                    host.viewerKey(), new XhtmlStorageFormatView(xhtml, context, services));
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
