<?xml version="1.0" encoding="UTF-8"?>
<!-- The mediator's visit report with the solvency report, in the debtor's language, for the dossier. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:smartcredit:casework"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                exclude-result-prefixes="c">

  <xsl:include href="casework-common.xsl"/>

  <xsl:template match="/visit-report">
    <xsl:variable name="title" select="c:text('title', map {'visit': string(visit), 'dossier': string(dossier)})"/>
    <fo:root font-family="DejaVu Sans" font-size="10pt" line-height="1.35" xml:lang="{$language}">
      <xsl:call-template name="c:page-master"/>
      <xsl:call-template name="c:title"><xsl:with-param name="title" select="$title"/></xsl:call-template>
      <fo:page-sequence master-reference="page">
        <fo:flow flow-name="xsl-region-body">
          <fo:block font-size="15pt" font-weight="bold" space-after="6mm"><xsl:value-of select="$title"/></fo:block>
          <fo:table table-layout="fixed" width="100%" space-after="6mm">
            <fo:table-column column-width="55mm"/>
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-body>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('mediator')"/>
                <xsl:with-param name="value" select="mediator"/></xsl:call-template>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('visitedOn')"/>
                <xsl:with-param name="value" select="date"/></xsl:call-template>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('outcome')"/>
                <xsl:with-param name="value" select="c:text('outcome.' || outcome)"/></xsl:call-template>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('newAddress')"/>
                <xsl:with-param name="value" select="new-address"/></xsl:call-template>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('cash')"/>
                <xsl:with-param name="value" select="cash"/></xsl:call-template>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('next')"/>
                <xsl:with-param name="value" select="c:text('effect.' || effect)"/></xsl:call-template>
            </fo:table-body>
          </fo:table>
          <xsl:if test="agreement">
            <fo:block font-weight="bold" space-after="2mm"><xsl:value-of select="c:text('agreement')"/></fo:block>
            <xsl:for-each select="agreement/instalment">
              <fo:block><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
          </xsl:if>
          <xsl:apply-templates select="solvency"/>
          <xsl:if test="normalize-space(note)">
            <fo:block font-weight="bold" space-before="6mm" space-after="2mm">
              <xsl:value-of select="c:text('note')"/></fo:block>
            <fo:block><xsl:value-of select="note"/></fo:block>
          </xsl:if>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template match="solvency">
    <fo:block font-size="12pt" font-weight="bold" space-before="6mm" space-after="3mm">
      <xsl:value-of select="c:text('solvency')"/></fo:block>
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="55mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <xsl:for-each select="employment, income, assets, other-creditors, assessment">
          <xsl:call-template name="c:row">
            <xsl:with-param name="label" select="c:text(if (local-name() = 'other-creditors') then 'otherCreditors'
                else local-name())"/>
            <xsl:with-param name="value" select="."/></xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('recommendation')"/>
          <xsl:with-param name="value" select="c:text('recommendation.' || recommendation) || ' ('
              || recommendation || ')'"/></xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>
