<?xml version="1.0" encoding="UTF-8"?>
<!-- Layout of the payment plan confirmation, on the pages of letter.xsl: every instalment with its date and
     amount; the payment slip and its QR code are for the first instalment. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:l="urn:smartcredit:letters"
    exclude-result-prefixes="xs l">

  <xsl:import href="letter.xsl"/>

  <xsl:template name="body">
    <xsl:call-template name="opening"/>
    <xsl:call-template name="paragraph"><xsl:with-param name="key" select="'plan.intro'"/></xsl:call-template>
    <xsl:apply-templates select="plan"/>
    <xsl:call-template name="paragraph"><xsl:with-param name="key" select="'plan.howToPay'"/></xsl:call-template>
    <xsl:call-template name="paragraph"><xsl:with-param name="key" select="'plan.default'"/></xsl:call-template>
    <xsl:call-template name="signature"/>
    <xsl:call-template name="payment-slip"/>
  </xsl:template>

  <xsl:template match="plan">
    <fo:table table-layout="fixed" width="100%" space-after="3mm">
      <fo:table-column column-width="proportional-column-width(30)"/>
      <fo:table-column column-width="proportional-column-width(40)"/>
      <fo:table-column column-width="proportional-column-width(30)"/>
      <fo:table-header font-weight="bold" font-size="8.5pt">
        <fo:table-row>
          <xsl:call-template name="header-cell"><xsl:with-param name="key" select="'column.instalment'"/>
          </xsl:call-template>
          <xsl:call-template name="header-cell"><xsl:with-param name="key" select="'column.due'"/>
          </xsl:call-template>
          <xsl:call-template name="header-cell">
            <xsl:with-param name="key" select="'column.amount'"/>
            <xsl:with-param name="align" select="'end'"/>
          </xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="instalment">
          <fo:table-row>
            <xsl:call-template name="text-cell"><xsl:with-param name="text" select="string(position())"/>
            </xsl:call-template>
            <xsl:call-template name="text-cell"><xsl:with-param name="text" select="l:date(@due)"/>
            </xsl:call-template>
            <xsl:call-template name="text-cell">
              <xsl:with-param name="text" select="l:money(@amount)"/>
              <xsl:with-param name="align" select="'end'"/>
            </xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
        <xsl:call-template name="total-row">
          <xsl:with-param name="label" select="l:text('total')"/>
          <xsl:with-param name="value" select="l:money(@total)"/>
          <xsl:with-param name="span" select="2"/>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>
