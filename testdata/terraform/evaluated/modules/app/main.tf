variable "encrypt" {
  type = bool
}

module "disk" {
  source    = "../disk"
  encrypted = var.encrypt
}
