package org.xiangli.provisioning.payments;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kioskctl payments …}: the payments ledger of a station. */
@Command(name = "payments", mixinStandardHelpOptions = true,
        description = {"Payments ledger: build, import, data key.", "缴费查询：台账的生成、导入和数据密钥。"},
        subcommands = {PaymentsImportCommand.class, PaymentsBuildCommand.class, PaymentsKeyCommand.class})
public final class PaymentsCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
