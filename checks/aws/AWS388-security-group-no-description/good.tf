variable "purpose" {
  type = string
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "web tier: HTTPS from the load balancer"
}

resource "aws_security_group" "from_var" {
  name        = "from-var"
  description = var.purpose
}
