variable "public" {
  type = bool
}

resource "azurerm_databricks_workspace" "private" {
  name                                  = "dbw-private"
  resource_group_name                   = "rg-data"
  location                              = "westeurope"
  sku                                   = "premium"
  public_network_access_enabled         = false
  network_security_group_rules_required = "NoAzureDatabricksRules"
}

resource "azurerm_databricks_workspace" "unknown" {
  name                          = "dbw-var"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  sku                           = "premium"
  public_network_access_enabled = var.public
}
