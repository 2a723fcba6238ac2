variable "pap" {
  type = string
}

resource "google_storage_bucket" "enforced" {
  name                     = "acme-enforced"
  location                 = "EU"
  public_access_prevention = "enforced"
}

# Unknown here: no finding.
resource "google_storage_bucket" "from_var" {
  name                     = "acme-var"
  location                 = "EU"
  public_access_prevention = var.pap
}
