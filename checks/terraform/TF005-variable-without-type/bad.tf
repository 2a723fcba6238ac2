variable "subnets" {  # expect: TF005
  description = "Subnet IDs the instances are spread over."
  default     = []
}
