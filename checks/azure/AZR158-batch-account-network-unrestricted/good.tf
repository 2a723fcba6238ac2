variable "public_access" {
  type = bool
}

resource "azurerm_batch_account" "private" {
  name                          = "batchprivate"
  resource_group_name           = "rg-batch"
  location                      = "westeurope"
  public_network_access_enabled = false
}

resource "azurerm_batch_account" "restricted" {
  name                = "batchrestricted"
  resource_group_name = "rg-batch"
  location            = "westeurope"

  network_profile {
    account_access {
      ip_rule {
        ip_range = "203.0.113.0/24"
      }
    }
  }
}

resource "azurerm_batch_account" "unknown" {
  name                          = "batchunknown"
  resource_group_name           = "rg-batch"
  location                      = "westeurope"
  public_network_access_enabled = var.public_access
}
