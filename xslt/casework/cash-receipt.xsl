<?xml version="1.0" encoding="UTF-8"?>
<!-- The receipt a debtor keeps for cash handed to the mediator at a home visit, in the debtor's language. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:smartcredit:casework"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                exclude-result-prefixes="c">

  <xsl:include href="casework-common.xsl"/>

  <xsl:template match="/cash-receipt">
    <xsl:variable name="title" select="c:text('receiptTitle', map {'visit': string(visit)})"/>
    <fo:root font-family="DejaVu Sans" font-size="10pt" line-height="1.35" xml:lang="{$language}">
      <xsl:call-template name="c:page-master"/>
      <xsl:call-template name="c:title"><xsl:with-param name="title" select="$title"/></xsl:call-template>
      <fo:page-sequence master-reference="page">
        <fo:flow flow-name="xsl-region-body">
          <fo:block font-size="15pt" font-weight="bold" space-after="6mm"><xsl:value-of select="$title"/></fo:block>
          <fo:block space-after="4mm">
            <xsl:value-of select="c:text('receiptIntro', map {'dossier': string(dossier)})"/></fo:block>
          <fo:table table-layout="fixed" width="100%" space-after="8mm">
            <fo:table-column column-width="55mm"/>
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-body>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('receivedFrom')"/>
                <xsl:with-param name="value" select="debtor"/></xsl:call-template>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('amount')"/>
                <xsl:with-param name="value" select="amount"/></xsl:call-template>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('reference')"/>
                <xsl:with-param name="value" select="reference"/></xsl:call-template>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('receivedBy')"/>
                <xsl:with-param name="value" select="mediator"/></xsl:call-template>
              <xsl:call-template name="c:row"><xsl:with-param name="label" select="c:text('receivedOn')"/>
                <xsl:with-param name="value" select="date"/></xsl:call-template>
            </fo:table-body>
          </fo:table>
          <fo:block space-before="4mm"><xsl:value-of select="c:text('receiptKeep')"/></fo:block>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>
</xsl:stylesheet>
