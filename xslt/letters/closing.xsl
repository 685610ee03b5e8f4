<?xml version="1.0" encoding="UTF-8"?>
<!-- Layout of the letter that confirms the payment and closes the dossier, on the pages of letter.xsl;
     it asks for nothing, so it has no payment slip. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:l="urn:smartcredit:letters"
    exclude-result-prefixes="xs l">

  <xsl:import href="letter.xsl"/>

  <xsl:template name="body">
    <xsl:call-template name="opening"/>
    <xsl:for-each select="'closing.received', 'closing.settled', 'closing.closed', 'closing.thanks'">
      <xsl:call-template name="paragraph"><xsl:with-param name="key" select="."/></xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="signature"/>
  </xsl:template>
</xsl:stylesheet>
