package dev.stride.kpi.template;

import dev.stride.kpi.template.Template.Factor;
import dev.stride.kpi.template.Template.Goal;
import dev.stride.kpi.template.Template.Measure;
import dev.stride.kpi.template.Template.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The starter sets. The sales tree is consistent by construction: revenue = won deals × average deal size, won deals =
 * leads × conversion × win rate, so the monthly average deal size target is what makes the KPIs add up to the KGI.
 */
final class Templates {

    static final String SALES = "sales";
    static final String SUBSCRIPTION = "subscription";
    static final BigDecimal DEFAULT_REVENUE = BigDecimal.valueOf(120_000_000);

    private static final BigDecimal LEADS = BigDecimal.valueOf(100);
    private static final BigDecimal CONVERSION = new BigDecimal("0.25");
    private static final BigDecimal WIN_RATE = new BigDecimal("0.30");
    private static final int MONTHS = 12;

    private Templates() {
    }

    static List<String> ids() {
        return List.of(SALES, SUBSCRIPTION);
    }

    /** The template with this id for a fiscal-year revenue target (the sales tree's KGI), or null. */
    static Template of(String id, BigDecimal revenue) {
        return switch (id) {
            case SALES -> sales(revenue);
            case SUBSCRIPTION -> subscription();
            default -> null;
        };
    }

    private static Template sales(BigDecimal revenue) {
        BigDecimal wonPerMonth = LEADS.multiply(CONVERSION).multiply(WIN_RATE);
        BigDecimal dealSize = revenue.divide(BigDecimal.valueOf(MONTHS), 0, RoundingMode.HALF_UP)
                .divide(wonPerMonth, 0, RoundingMode.CEILING);
        return new Template(SALES, new Words("営業チーム", "Sales team"),
                new Words("年間売上をリード数・商談化率・受注率・受注単価・活動量に分解します。",
                        "Breaks fiscal-year revenue into leads, conversion, win rate, deal size and activity."),
                new Goal(new Words("年間売上目標", "Fiscal-year revenue"),
                        new Words("今年度の受注金額の合計", "Won deal amounts over this fiscal year"),
                        "deals.won.amount", revenue),
                List.of(new Factor(new Words("リードの量と質を高める", "More and better leads"), List.of(
                        new Measure(new Words("月間新規リード数", "New leads per month"),
                                new Words("全チャネルから獲得した新規リードの件数", "New leads from every channel"),
                                "leads.new", LEADS),
                        new Measure(new Words("リード商談化率", "Lead conversion rate"),
                                new Words("リードが商談になった割合", "Share of leads that became deals"),
                                "leads.conversion_rate", CONVERSION))),
                        new Factor(new Words("商談を受注につなげる", "Turn deals into wins"), List.of(
                                new Measure(new Words("月間受注件数", "Deals won per month"),
                                        new Words("受注した商談の件数", "Deals won in the month"),
                                        "deals.won.count", wonPerMonth.setScale(0, RoundingMode.CEILING)),
                                new Measure(new Words("受注率", "Win rate"),
                                        new Words("決着した商談のうち受注した割合", "Won among the deals closed"),
                                        "deals.win_rate", WIN_RATE),
                                new Measure(new Words("平均受注単価", "Average deal size"),
                                        new Words("受注した商談の平均金額", "Mean amount of the deals won"),
                                        "deals.avg_size", dealSize),
                                new Measure(new Words("月間活動数", "Activities per month"),
                                        new Words("電話・メール・商談・タスクの完了数", "Calls, emails, meetings and tasks done"),
                                        "activities.count", BigDecimal.valueOf(400))))));
    }

    private static Template subscription() {
        return new Template(SUBSCRIPTION, new Words("サブスクリプション事業", "Subscription business"),
                new Words("売上継続率を解約防止とアップセルに分解します。",
                        "Breaks net revenue retention into keeping customers and growing them."),
                new Goal(new Words("売上継続率 105%", "Net revenue retention 105 %"),
                        new Words("既存顧客からの MRR を前年より増やす", "Grow the MRR of existing customers"),
                        "revenue.nrr", new BigDecimal("1.05")),
                List.of(new Factor(new Words("解約を防ぐ", "Keep customers"), List.of(
                        new Measure(new Words("顧客継続率", "Logo retention"),
                                new Words("期初の顧客のうち期末も契約中の割合", "Customers at the start still active"),
                                "customers.retention_rate", new BigDecimal("0.98")),
                        new Measure(new Words("顧客解約率", "Logo churn"),
                                new Words("期初の顧客のうち解約した割合", "Customers at the start who left"),
                                "customers.churn_rate", new BigDecimal("0.02")),
                        new Measure(new Words("MRR解約率", "Gross MRR churn"),
                                new Words("解約とダウングレードで失った MRR の割合", "MRR lost to churn and downgrades"),
                                "revenue.churn_rate", new BigDecimal("0.01")))),
                        new Factor(new Words("既存顧客を伸ばす", "Grow customers"), List.of(
                                new Measure(new Words("アップセル率", "Upsell rate"),
                                        new Words("MRR が増えた顧客の割合", "Customers whose MRR rose"),
                                        "customers.upsell_rate", new BigDecimal("0.03")),
                                new Measure(new Words("顧客生涯価値 (LTV)", "Lifetime value"),
                                        new Words("顧客1社あたりの粗利の生涯合計", "Gross margin over a customer's life"),
                                        "customers.ltv", BigDecimal.valueOf(1_200_000))))));
    }
}
