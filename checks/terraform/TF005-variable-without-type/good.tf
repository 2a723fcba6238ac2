variable "subnets" {
  description = "Subnet IDs the instances are spread over."
  type        = list(string)
  default     = []
}

variable "settings" {
  description = "Optional application settings."
  type = object({
    log_level = optional(string, "info")
  })
  default = {}
}
