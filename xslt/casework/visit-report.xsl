<?xml version="1.0" encoding="UTF-8"?>
<!-- The mediator's visit report with the solvency report, as one A4 page (or more) for the dossier. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:template match="/visit-report">
    <fo:root font-family="DejaVu Sans" font-size="10pt" line-height="1.35" xml:lang="en">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-width="210mm" page-height="297mm">
          <fo:region-body margin="25mm 20mm 20mm 20mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title>Visit report <xsl:value-of select="visit"/></dc:title>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="page">
        <fo:flow flow-name="xsl-region-body">
          <fo:block font-size="15pt" font-weight="bold" space-after="6mm">
            Visit report <xsl:value-of select="visit"/> — dossier <xsl:value-of select="dossier"/>
          </fo:block>
          <fo:table table-layout="fixed" width="100%" space-after="6mm">
            <fo:table-column column-width="55mm"/>
            <fo:table-column column-width="proportional-column-width(1)"/>
            <fo:table-body>
              <xsl:call-template name="row"><xsl:with-param name="label">Mediator</xsl:with-param>
                <xsl:with-param name="value" select="mediator"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label">Visited on</xsl:with-param>
                <xsl:with-param name="value" select="date"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label">Outcome</xsl:with-param>
                <xsl:with-param name="value" select="outcome"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label">New address</xsl:with-param>
                <xsl:with-param name="value" select="new-address"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label">Cash received</xsl:with-param>
                <xsl:with-param name="value" select="cash"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label">Next</xsl:with-param>
                <xsl:with-param name="value" select="effect"/></xsl:call-template>
            </fo:table-body>
          </fo:table>
          <xsl:if test="agreement">
            <fo:block font-weight="bold" space-after="2mm">Payment agreement</fo:block>
            <xsl:for-each select="agreement/instalment">
              <fo:block><xsl:value-of select="."/></fo:block>
            </xsl:for-each>
          </xsl:if>
          <xsl:apply-templates select="solvency"/>
          <xsl:if test="normalize-space(note)">
            <fo:block font-weight="bold" space-before="6mm" space-after="2mm">Note</fo:block>
            <fo:block><xsl:value-of select="note"/></fo:block>
          </xsl:if>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template match="solvency">
    <fo:block font-size="12pt" font-weight="bold" space-before="6mm" space-after="3mm">Solvency report</fo:block>
    <fo:table table-layout="fixed" width="100%">
      <fo:table-column column-width="55mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <xsl:call-template name="row"><xsl:with-param name="label">Employment</xsl:with-param>
          <xsl:with-param name="value" select="employment"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label">Income indications</xsl:with-param>
          <xsl:with-param name="value" select="income"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label">Assets seen</xsl:with-param>
          <xsl:with-param name="value" select="assets"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label">Other creditors</xsl:with-param>
          <xsl:with-param name="value" select="other-creditors"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label">Assessment</xsl:with-param>
          <xsl:with-param name="value" select="assessment"/></xsl:call-template>
        <xsl:call-template name="row"><xsl:with-param name="label">Recommendation</xsl:with-param>
          <xsl:with-param name="value" select="recommendation"/></xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="normalize-space($value)">
      <fo:table-row>
        <fo:table-cell padding="1mm"><fo:block font-weight="bold"><xsl:value-of select="$label"/></fo:block>
        </fo:table-cell>
        <fo:table-cell padding="1mm"><fo:block><xsl:value-of select="$value"/></fo:block></fo:table-cell>
      </fo:table-row>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
