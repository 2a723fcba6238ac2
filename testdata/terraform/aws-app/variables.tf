variable "vpc_id" {
  type = string
}

variable "encrypt_orders" {
  type = bool
}
