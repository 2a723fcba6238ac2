variable "region" {
  type        = string
  description = "Region every resource of this module is created in."
}

variable "instance_count" {
  type        = number
  description = <<-EOT
    How many application instances run behind the load balancer.
  EOT
}
