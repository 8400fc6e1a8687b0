package org.xiangli.provisioning.content;

import picocli.CommandLine.Command;

/** {@code kioskctl content build|verify|import|search|status}: the publisher's and technician's content tools. */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = {"Build, verify, import and search signed content bundles.", "内容包：生成、校验、导入、检索。"},
        subcommands = {BuildCommand.class, VerifyCommand.class, ImportCommand.class, SearchCommand.class,
            StatusCommand.class})
public final class ContentCommand {
}
