<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="letter.xsl"/>
  <xsl:template name="body"><fo:block>x</fo:block></xsl:template>
</xsl:stylesheet>
