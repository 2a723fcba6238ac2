variable "region" {  # expect: TF004
  type = string
}

variable "instance_count" {  # expect: TF004
  type        = number
  description = "  "
}
