variable "encrypt_volumes" {
  type    = bool
  default = true
}

variable "create_logs_key" {
  type    = bool
  default = false
}

variable "open_ports" {
  type    = list(number)
  default = [443, 22]
}

variable "unset_input" {
  type = bool
}

locals {
  databases = {
    orders    = { public = false }
    analytics = { public = true }
  }
}
