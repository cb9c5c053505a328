<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkRetryJobApi</name>
    <message numerus="yes">
        <source>%n run(s) were not retried. Resume the job to retry them anyway, or stop it.</source>
        <translation>
            <numerusform>%n run was not retried. Resume the job to retry it anyway, or stop it.</numerusform>
            <numerusform>%n runs were not retried. Resume the job to retry them anyway, or stop it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recovered: a later attempt completed</source>
        <translation>
            <numerusform>%n already recovered: a later attempt completed</numerusform>
            <numerusform>%n already recovered: a later attempt completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier attempt(s): a later attempt of the same chain failed too, and only that one is retried</source>
        <translation>
            <numerusform>%n earlier attempt: a later attempt of the same chain failed too, and only that one is retried</numerusform>
            <numerusform>%n earlier attempts: a later attempt of the same chain failed too, and only that one is retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a later attempt still pending or running</source>
        <translation>
            <numerusform>%n with a later attempt still pending or running</numerusform>
            <numerusform>%n with a later attempt still pending or running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already ended, or no longer there</source>
        <translation>
            <numerusform>%n already ended, or no longer there</numerusform>
            <numerusform>%n already ended, or no longer there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not failed, or no longer there</source>
        <translation>
            <numerusform>%n not failed, or no longer there</numerusform>
            <numerusform>%n not failed, or no longer there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel of %n selected run(s)</source>
        <translation>
            <numerusform>Cancel of %n selected run</numerusform>
            <numerusform>Cancel of %n selected runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry of %n selected run(s)</source>
        <translation>
            <numerusform>Retry of %n selected run</numerusform>
            <numerusform>Retry of %n selected runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunQuery</name>
    <message numerus="yes">
        <source>%n weeks</source>
        <extracomment>Follows &quot;in the last&quot;; always two or more.</extracomment>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>Follows &quot;in the last&quot;; always two or more.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::models::DesktopNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new failure signatures</source>
        <translation>
            <numerusform>%n new failure signature</numerusform>
            <numerusform>%n new failure signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bulk jobs ended</source>
        <translation>
            <numerusform>%n bulk job ended</numerusform>
            <numerusform>%n bulk jobs ended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::models::FailureGroupModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::models::JobListModel</name>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::models::RunListModel</name>
    <message numerus="yes">
        <source>Attempt %1 of its retry chain: the run was retried %n time(s) before.</source>
        <translation>
            <numerusform>Attempt %1 of its retry chain: the run was retried %n time before.</numerusform>
            <numerusform>Attempt %1 of its retry chain: the run was retried %n times before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::BulkCancelDialog</name>
    <message numerus="yes">
        <source>%n selected run(s) have already ended.</source>
        <translation>
            <numerusform>%n selected run has already ended.</numerusform>
            <numerusform>%n selected runs have already ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending or running run(s) will be cancelled. Their running steps stop; this cannot be undone, but each can be retried afterwards.</source>
        <translation>
            <numerusform>%n pending or running run will be cancelled. Its running steps stop; this cannot be undone, but it can be retried afterwards.</numerusform>
            <numerusform>%n pending or running runs will be cancelled. Their running steps stop; this cannot be undone, but each can be retried afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected run(s) have already ended and are left alone.</source>
        <translation>
            <numerusform>%n selected run has already ended and is left alone.</numerusform>
            <numerusform>%n selected runs have already ended and are left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s) cancelled</source>
        <translation>
            <numerusform>Done: %n run cancelled</numerusform>
            <numerusform>Done: %n runs cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n had already ended</source>
        <translation>
            <numerusform>, %n had already ended</numerusform>
            <numerusform>, %n had already ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected run(s)</source>
        <translation>
            <numerusform>The %n selected run</numerusform>
            <numerusform>The %n selected runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n run(s)</source>
        <translation>
            <numerusform>Cancel %n run</numerusform>
            <numerusform>Cancel %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::BulkRetryDialog</name>
    <message numerus="yes">
        <source>%n run(s) will be left alone:</source>
        <translation>
            <numerusform>%n run will be left alone:</numerusform>
            <numerusform>%n runs will be left alone:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed run(s) will be retried.</source>
        <translation>
            <numerusform>%n failed run will be retried.</numerusform>
            <numerusform>%n failed runs will be retried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s) retried</source>
        <translation>
            <numerusform>Done: %n run retried</numerusform>
            <numerusform>Done: %n runs retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left alone</source>
        <translation>
            <numerusform>, %n left alone</numerusform>
            <numerusform>, %n left alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected run(s)</source>
        <translation>
            <numerusform>The %n selected run</numerusform>
            <numerusform>The %n selected runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n run(s)</source>
        <translation>
            <numerusform>Retry %n run</numerusform>
            <numerusform>Retry %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::FailureGroupsPanel</name>
    <message numerus="yes">
        <source>%n failure group(s)</source>
        <translation>
            <numerusform>%n failure group</numerusform>
            <numerusform>%n failure groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::JobDialog</name>
    <message numerus="yes">
        <source>Paused after %1 of %2; %n waiting for you to resume or stop the job.</source>
        <translation>
            <numerusform>Paused after %1 of %2; %n waiting for you to resume or stop the job.</numerusform>
            <numerusform>Paused after %1 of %2; %n waiting for you to resume or stop the job.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::LiveIndicator</name>
    <message numerus="yes">
        <source>❚❚ Paused (%n update(s) waiting)</source>
        <translation>
            <numerusform>❚❚ Paused (%n update waiting)</numerusform>
            <numerusform>❚❚ Paused (%n updates waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::RemediationDialog</name>
    <message numerus="yes">
        <source>A feedback item tagged for remediation, linked to the %n failed run(s) of this group. The group shows the item and its state from then on.</source>
        <translation>
            <numerusform>A feedback item tagged for remediation, linked to the %n failed run of this group. The group shows the item and its state from then on.</numerusform>
            <numerusform>A feedback item tagged for remediation, linked to the %n failed runs of this group. The group shows the item and its state from then on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::RunCompareView</name>
    <message numerus="yes">
        <source>No field differs (%n in all).</source>
        <translation>
            <numerusform>No field differs (%n in all).</numerusform>
            <numerusform>No field differs (%n in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fields differ.</source>
        <translation>
            <numerusform>%1 of %n field differs.</numerusform>
            <numerusform>%1 of %n fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::RunDetailWidget</name>
    <message numerus="yes">
        <source>%n run(s) in the chain. Press Enter or double-click a row to open that run.</source>
        <translation>
            <numerusform>%n run in the chain. Press Enter or double-click a row to open that run.</numerusform>
            <numerusform>%n runs in the chain. Press Enter or double-click a row to open that run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln update(s) loaded.</source>
        <translation>
            <numerusform>The one update is loaded.</numerusform>
            <numerusform>All %Ln updates loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln update(s); loading the rest to reach the bottom of the list…</source>
        <translation>
            <numerusform>Loaded %1 of %Ln update; loading the rest to reach the bottom of the list…</numerusform>
            <numerusform>Loaded %1 of %Ln updates; loading the rest to reach the bottom of the list…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln update(s); loading more…</source>
        <translation>
            <numerusform>Loaded %1 of %Ln update; loading more…</numerusform>
            <numerusform>Loaded %1 of %Ln updates; loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln update(s); scroll down to load more.</source>
        <translation>
            <numerusform>Loaded %1 of %Ln update; scroll down to load more.</numerusform>
            <numerusform>Loaded %1 of %Ln updates; scroll down to load more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::RunFilterBar</name>
    <message numerus="yes">
        <source>%n definition(s) from the query</source>
        <translation>
            <numerusform>%n definition from the query</numerusform>
            <numerusform>%n definitions from the query</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::RunLogView</name>
    <message numerus="yes">
        <source>Loaded %Ln line(s). The next page could not be loaded: %1</source>
        <translation>
            <numerusform>Loaded %Ln line. The next page could not be loaded: %1</numerusform>
            <numerusform>Loaded %Ln lines. The next page could not be loaded: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln line(s); loading more…</source>
        <translation>
            <numerusform>Loaded %1 of %Ln line; loading more…</numerusform>
            <numerusform>Loaded %1 of %Ln lines; loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %Ln line(s); scroll down for more.</source>
        <translation>
            <numerusform>Loaded %1 of %Ln line; scroll down for more.</numerusform>
            <numerusform>Loaded %1 of %Ln lines; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s).</source>
        <translation>
            <numerusform>%Ln line.</numerusform>
            <numerusform>%Ln lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::RunsPage</name>
    <message numerus="yes">
        <source>%n new matching run(s) arrived; press F5 to show them in this order.</source>
        <translation>
            <numerusform>%n new matching run arrived; press F5 to show it in this order.</numerusform>
            <numerusform>%n new matching runs arrived; press F5 to show them in this order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded, more on scroll</source>
        <translation>
            <numerusform>%n row loaded, more on scroll</numerusform>
            <numerusform>%n rows loaded, more on scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry the %n selected run(s) as one job (S)</source>
        <translation>
            <numerusform>Retry the %n selected run as one job (S)</numerusform>
            <numerusform>Retry the %n selected runs as one job (S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n selected run(s) that are pending or running, as one job (Shift+C)</source>
        <translation>
            <numerusform>Cancel the %n selected run if it is pending or running, as one job (Shift+C)</numerusform>
            <numerusform>Cancel the %n selected runs that are pending or running, as one job (Shift+C)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln run(s)…</source>
        <translation>
            <numerusform>Exported %Ln run…</numerusform>
            <numerusform>Exported %Ln runs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1.</source>
        <translation>
            <numerusform>Exported %n run to %1.</numerusform>
            <numerusform>Exported %n runs to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ameide::views::StepTimeline</name>
    <message numerus="yes">
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n step.</numerusform>
            <numerusform>%n steps.</numerusform>
        </translation>
    </message>
</context>
</TS>
