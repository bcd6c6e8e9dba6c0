<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Field</name>
    <message>
        <source>Planned budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>the end date comes before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date {date} is outside the plan ({start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no such item in this plan (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
